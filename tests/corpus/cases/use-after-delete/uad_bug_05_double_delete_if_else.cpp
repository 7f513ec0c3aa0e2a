// case: a buffer is deleted in the error branch of an if/else and again by the cleanup that follows both branches.
#include <iostream>
#include <string>

struct Buffer {
    std::string data;
};

int main(int argc, char**) {
    Buffer* buffer = new Buffer{"payload"}; // expect: raw-owning-pointer
    if (argc > 2) {
        std::cout << "too many arguments, giving up\n";
        delete buffer; // expect: raw-owning-pointer
    } else {
        std::cout << "sending " << buffer->data << '\n';
    }
    delete buffer; // expect: use-after-delete,raw-owning-pointer
}
