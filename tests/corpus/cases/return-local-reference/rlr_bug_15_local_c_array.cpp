// case: a function fills a local C array and returns a pointer to its first element.
#include <iostream>

const int* first_primes() {
    int primes[5] = {};
    int count = 0;
    for (int n = 2; count < 5; ++n) {
        bool prime = true;
        for (int d = 2; d * d <= n; ++d) {
            if (n % d == 0) prime = false;
        }
        if (prime) primes[count++] = n;
    }
    return primes; // expect: return-local-reference
}

int main() {
    const int* primes = first_primes();
    std::cout << primes[0] << '\n';
}
