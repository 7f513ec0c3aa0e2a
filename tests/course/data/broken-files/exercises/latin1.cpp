// Latin-1, not UTF-8
int main() {
    const char* name = "René";
    return name[0];
}
