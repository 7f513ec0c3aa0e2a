// case: a loop deletes its allocation before each continue and break as well as at the end of the body.
#include <iostream>
#include <vector>

struct Sample {
    int reading;
};

int main() {
    std::vector<int> readings{4, -1, 7, 0, 9};
    int total = 0;
    for (int r : readings) {
        Sample* sample = new Sample{r}; // expect: raw-owning-pointer
        if (sample->reading < 0) {
            delete sample; // expect: raw-owning-pointer
            continue;
        }
        if (sample->reading == 0) {
            delete sample; // expect: raw-owning-pointer
            break;
        }
        total += sample->reading;
        delete sample; // expect: raw-owning-pointer
    }
    std::cout << total << '\n';
}
