#pragma once
#include "routine/model.hpp"
#include "ui/prompt.hpp"
