#include <unistd.h>

int main() {
    if (fork() == 0) { // the child loops too: the whole group must go
        for (volatile unsigned long n = 0;; ++n) {
        }
    }
    for (volatile unsigned long n = 0;; ++n) {
    }
}
