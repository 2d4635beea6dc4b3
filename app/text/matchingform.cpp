#include "matchingform.h"
