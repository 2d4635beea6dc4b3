#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "alam.store", QtInfoMsg)
