// Fuzzes the answers-file reader (`knead run --answers FILE`). Bad input must end in
// knead::Error (a usage error with a message), never a crash or another exception,
// and every answer it accepts must belong to a question knead knows.
#include "routine/builtin.hpp"
#include "routine/loader.hpp"
#include "screening/answers_file.hpp"
#include "util/error.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

const knead::routine::Routine &lower_back() {
  static const auto routine = [] {
    for (const auto &builtin : knead::routine::builtin_routine_texts()) {
      if (builtin.id == knead::routine::k_default_routine) {
        return *knead::routine::parse_routine(builtin.text, "lower-back.toml", builtin.id).routine;
      }
    }
    std::abort();
  }();
  return routine;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char *>(data), size);
  static const auto questions = knead::screening::questions_for(lower_back());
  try {
    const auto answers =
        knead::screening::parse_answers(text, "answers.toml", questions, "lower-back");
    for (const auto &[id, yes] : answers) {
      if (!knead::screening::is_known_id(id, questions)) {
        std::abort();
      }
    }
  } catch (const knead::Error &error) {
    if (std::string_view(error.what()).empty()) {
      std::abort();
    }
  }
  return 0;
}
