#include <memory>
void release(int* p) { delete p; }
int main() {
    int* p = new int(1);
    release(p);
    delete p;
}
