#include "clitics.h"
