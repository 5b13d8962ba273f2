#include "history/pain.hpp"
#include "screening/interview.hpp"
