#include "logging.h"

Q_LOGGING_CATEGORY(lcIo, "alam.io", QtInfoMsg)
