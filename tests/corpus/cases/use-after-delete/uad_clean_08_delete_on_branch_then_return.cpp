// case: the error branch deletes the buffer and returns at once, so the later uses only run when nothing was deleted (no use-after-delete).
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
        return 1;
    }
    std::cout << "sending " << buffer->data << '\n';
    delete buffer; // expect: raw-owning-pointer
}
