#include "paths.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    alam::setApplicationIdentity();
    std::puts("alam: skeleton");
    return 0;
}
