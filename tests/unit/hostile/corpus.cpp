#include "corpus.hpp"

#include <fstream>
#include <stdexcept>

namespace knead::test {
namespace {

std::vector<HostileString> read_corpus() {
  const std::string path = KNEAD_SOURCE_DIR "/tests/data/hostile_strings.txt";
  std::ifstream file(path);
  if (!file) {
    throw std::runtime_error("cannot read " + path);
  }
  std::vector<HostileString> corpus;
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    const auto space = line.find(' ');
    std::string label = line.substr(0, space);
    std::size_t repeat = 1;
    if (const auto star = label.find('*'); star != std::string::npos) {
      repeat = std::stoul(label.substr(star + 1));
      label.resize(star);
    }
    const auto once = decode_hostile(std::string_view(line).substr(space + 1));
    std::string text;
    for (std::size_t i = 0; i < repeat; ++i) {
      text += once;
    }
    corpus.push_back({label, text});
  }
  return corpus;
}

routine::Step step_full_of(const std::string &text, routine::StepKind kind) {
  routine::Step step;
  step.title = text;
  step.kind = kind;
  step.regions = {text, text};
  step.point = text;
  step.where = text;
  step.how = text;
  step.before = text;
  step.press = std::chrono::seconds(2);
  step.hold = std::chrono::seconds(3);
  step.release = std::chrono::seconds(2);
  step.cues = {text};
  if (kind == routine::StepKind::reps) {
    step.reps = 2;
    step.rep = std::chrono::seconds(2);
  }
  return step;
}

} // namespace

const std::vector<HostileString> &hostile_strings() {
  static const std::vector<HostileString> corpus = read_corpus();
  return corpus;
}

std::string decode_hostile(std::string_view escaped) {
  std::string out;
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] != '\\') {
      out += escaped[i];
    } else if (i + 1 < escaped.size() && escaped[i + 1] == '\\') {
      out += '\\';
      ++i;
    } else if (i + 3 < escaped.size() && escaped[i + 1] == 'x') {
      out += static_cast<char>(std::stoi(std::string(escaped.substr(i + 2, 2)), nullptr, 16));
      i += 3;
    } else {
      throw std::runtime_error("a bad escape in the hostile corpus: " + std::string(escaped));
    }
  }
  return out;
}

routine::Routine routine_full_of(const std::string &text) {
  routine::Routine routine;
  routine.id = text;
  routine.title = text;
  routine.summary = text;
  routine.source = text;
  routine.origin = routine::Origin::user;
  routine.path = text;
  auto both_sides = step_full_of(text, routine::StepKind::press);
  both_sides.sides = routine::Sides::left_then_right;
  routine.steps = {both_sides, step_full_of(text, routine::StepKind::reps),
                   step_full_of(text, routine::StepKind::ice)};
  routine::Question question;
  question.id = text;
  question.text = text;
  question.effect = routine::QuestionEffect::skip;
  question.skip_regions = {text};
  question.skip_points = {text};
  question.message = text;
  routine.questions = {question};
  return routine;
}

} // namespace knead::test
