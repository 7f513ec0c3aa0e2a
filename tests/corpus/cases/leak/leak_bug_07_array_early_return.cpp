// case: an array from new[] is lost when a validation loop returns early.
#include <iostream>
#include <string>

int checksum(const std::string& digits) {
    int* values = new int[digits.size()]; // expect: raw-owning-pointer
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (digits[i] < '0' || digits[i] > '9') {
            return -1; // expect: leak
        }
        values[i] = digits[i] - '0';
    }
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) sum += values[i];
    delete[] values; // expect: raw-owning-pointer
    return sum;
}

int main() {
    std::cout << checksum("1234") << ' ' << checksum("12a4") << '\n';
}
