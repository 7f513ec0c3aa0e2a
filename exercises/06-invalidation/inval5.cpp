// inval5.cpp: the current task.
//
// A to-do list keeps a pointer to the task being worked on. While working on
// it, a follow-up task is added to the list, and the pointer may be left
// behind in the old block of memory. Marking the current task as done then
// writes into freed memory, and the list never sees it.
//
// Keep track of the current task in a way that survives the list growing:
// an index stays right when the elements move.

#include <iostream>
#include <string>
#include <vector>

struct Task {
    std::string title;
    bool done = false;
};

int main() {
    std::vector<Task> tasks{{"write the lesson"}, {"review it"}};
    Task* current = &tasks[0];
    tasks.push_back({"publish it"});
    current->done = true;

    // ownlings: begin locked
    for (const Task& task : tasks)
        std::cout << (task.done ? "[x] " : "[ ] ") << task.title << '\n';
    return 0;
}
// ownlings: end locked
