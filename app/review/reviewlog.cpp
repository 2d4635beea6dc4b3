#include "reviewlog.h"

Q_LOGGING_CATEGORY(lcReview, "alam.review", QtInfoMsg)
