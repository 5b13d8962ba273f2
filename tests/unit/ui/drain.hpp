#pragma once

#include <unistd.h>

#include <string>

namespace knead::test {

// Everything readable now from the non-blocking pipe end `fd`: what the live
// screen wrote there.
inline std::string drain(int fd) {
  std::string out;
  char buffer[4096];
  for (;;) {
    const auto count = read(fd, buffer, sizeof buffer);
    if (count <= 0) {
      return out;
    }
    out.append(buffer, static_cast<std::size_t>(count));
  }
}

} // namespace knead::test
