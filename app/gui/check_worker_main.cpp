// ownlings-check-worker: the checker process ownlings-gui talks to (protocol: app/course/check_protocol.h).
#include "app/course/check_worker.h"

int main() { return ownlings::course::runCheckWorker(); }
