// intro1.cpp: your first exercise.
//
// This exercise is graded "run": Ownlings checks the file, compiles it with
// the sanitizers switched on, runs it, and compares what it prints with what
// the exercise expects. Right now it prints the wrong greeting.
//
// Make the program print exactly:
//
//     Hello, Ownlings!
//
// then grade it again (`ownlings run`, or the Run button).

#include <iostream>

int main() {
    std::cout << "Hello, Ownlings!" << '\n';
    return 0;
}
