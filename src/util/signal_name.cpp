#include "util/signal_name.hpp"

#include <csignal>
#include <cstring>

namespace knead::util {

std::string signal_name(int number) {
  if (number >= SIGRTMIN && number <= SIGRTMAX) {
    return number == SIGRTMIN ? "SIGRTMIN" : "SIGRTMIN+" + std::to_string(number - SIGRTMIN);
  }
  if (const char *abbreviation = sigabbrev_np(number)) {
    return std::string("SIG") + abbreviation;
  }
  return "signal " + std::to_string(number);
}

} // namespace knead::util
