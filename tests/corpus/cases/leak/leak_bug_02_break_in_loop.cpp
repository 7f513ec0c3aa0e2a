// case: a loop allocates a packet on each turn and breaks out on the terminator before deleting it.
#include <iostream>
#include <vector>

struct Packet {
    int payload;
};

int main() {
    std::vector<int> stream{3, 8, 0, 5};
    int total = 0;
    for (int value : stream) {
        Packet* packet = new Packet{value}; // expect: raw-owning-pointer
        if (packet->payload == 0) {
            break; // expect: leak
        }
        total += packet->payload;
        delete packet; // expect: raw-owning-pointer
    }
    std::cout << total << '\n';
}
