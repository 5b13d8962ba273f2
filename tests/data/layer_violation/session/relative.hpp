#include "../ui/prompt.hpp"
