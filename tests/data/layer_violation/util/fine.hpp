#pragma once
#include "util/text.hpp"

#include <string>
