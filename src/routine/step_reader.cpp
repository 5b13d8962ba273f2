#include "routine/step_reader.hpp"

#include "routine/duration.hpp"
#include "routine/suggest.hpp"

#include <fmt/format.h>

#include <array>

namespace knead::routine {
namespace {

constexpr std::array<std::string_view, 16> k_step_keys = {
    "title", "kind", "region",  "point", "where", "how", "before", "ready",
    "press", "hold", "release", "sides", "reps",  "rep", "cues",   "alternative"};

constexpr std::array<std::string_view, 3> k_sides = {"together", "left-then-right", "none"};

constexpr std::int64_t k_max_reps = 1000;

// The range each duration key accepts. A press or release may be 0 (none).
struct DurationRange {
  std::string_view key;
  std::chrono::seconds least;
  std::chrono::seconds most;
};
constexpr std::array<DurationRange, 5> k_ranges = {{
    {"ready", std::chrono::seconds(0), k_max_ready},
    {"press", std::chrono::seconds(0), std::chrono::minutes(10)},
    {"hold", std::chrono::seconds(1), std::chrono::hours(2)},
    {"release", std::chrono::seconds(0), std::chrono::minutes(10)},
    {"rep", std::chrono::seconds(1), std::chrono::minutes(10)},
}};

// Reads `key` as one of `choices`; returns its index or -1.
int read_choice(TableReader &reader, DiagnosticSink &sink, const Step &step, std::string_view key,
                std::span<const std::string_view> choices) {
  const auto value = reader.text(key);
  if (!value) {
    return -1;
  }
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (*value == choices[i]) {
      return static_cast<int>(i);
    }
  }
  sink.error(
      position_of(step.positions, key, step.position),
      fmt::format("unknown {} \"{}\"", key, *value),
      did_you_mean(*value, choices, fmt::format("{} is one of {}", key, join_words(choices))));
  if (const auto match = closest_match(*value, choices); !match.empty()) {
    sink.set_fixit(fmt::format("\"{}\"", match));
  }
  return -1;
}

// "30s" for a release written "30m": minutes for seconds, a slip of one letter, when
// `written` is one number of minutes at least twice the longest and the same number
// of seconds is in range.
std::string smaller_unit(std::string_view written, const DurationRange &range) {
  if (written.size() < 2) {
    return {};
  }
  const auto value = parse_duration(written);
  if (written.back() != 'm' || !value || *value < 2 * range.most) {
    return {};
  }
  auto candidate = std::string(written.substr(0, written.size() - 1)) + 's';
  const auto parsed = parse_duration(candidate);
  if (!parsed || *parsed < range.least || *parsed > range.most ||
      candidate.find_first_not_of("0123456789") != candidate.size() - 1) {
    return {};
  }
  return candidate;
}

std::chrono::seconds read_duration(TableReader &reader, DiagnosticSink &sink, const Step &step,
                                   const DurationRange &range) {
  const auto value = reader.duration(range.key);
  if (!value) {
    return std::chrono::seconds(0);
  }
  const auto at = position_of(step.positions, range.key, step.position);
  const auto hint = fmt::format("a {} lasts from {} to {}", range.key, format_duration(range.least),
                                format_duration(range.most));
  if (*value < range.least) {
    sink.error(at,
               fmt::format("\"{}\" is too short: {} is less than {}", range.key,
                           format_duration(*value), format_duration(range.least)),
               hint);
  } else if (*value > range.most) {
    const auto smaller = smaller_unit(reader.written(range.key), range);
    sink.error(at,
               fmt::format("\"{}\" is too long: {} is more than {}", range.key,
                           format_duration(*value), format_duration(range.most)),
               smaller.empty() ? hint : fmt::format("{}: did you mean \"{}\"?", hint, smaller));
    if (!smaller.empty()) {
      sink.set_fixit(fmt::format("\"{}\"", smaller));
    }
  }
  return *value;
}

int read_reps(TableReader &reader, DiagnosticSink &sink, const Step &step) {
  const auto value = reader.integer("reps");
  if (!value) {
    return 0;
  }
  const auto at = position_of(step.positions, "reps", step.position);
  if (*value < 1) {
    sink.error(at, fmt::format("\"reps\" must be at least 1, not {}", *value),
               "count the circles: reps = 5");
    return 0;
  }
  if (*value > k_max_reps) {
    sink.error(at, fmt::format("\"reps\" must be at most {}, not {}", k_max_reps, *value),
               "split a long sequence into several steps");
    return 0;
  }
  return static_cast<int>(*value);
}

Step read_one_step(const toml::table &table, DiagnosticSink &sink, bool alternative);

// The step's `[step.alternative]`: a step of its own, which may not have one itself.
void read_alternative(TableReader &reader, DiagnosticSink &sink, Step &step, bool nested) {
  const auto *table =
      reader.table("alternative", "write it as a table under the step: [step.alternative], with a "
                                  "title, a kind and a hold");
  if (table == nullptr) {
    return;
  }
  if (nested) {
    sink.error(position_of(step.positions, "alternative", step.position),
               "an alternative cannot have an alternative of its own",
               "give the step one alternative: [step.alternative]");
    return;
  }
  step.alternative.push_back(read_one_step(*table, sink, true));
}

Step read_one_step(const toml::table &table, DiagnosticSink &sink, bool alternative) {
  Step step;
  step.position = position_of(table.source());
  TableReader reader(table, sink, step.positions);
  reader.check_keys(k_step_keys);

  step.title = reader.text("title").value_or("");
  if (const int kind = read_choice(reader, sink, step, "kind", k_step_kind_names); kind >= 0) {
    step.kind = static_cast<StepKind>(kind);
  }
  if (const int sides = read_choice(reader, sink, step, "sides", k_sides); sides >= 0) {
    step.sides = static_cast<Sides>(sides);
  }
  step.regions =
      reader.text_or_list("region", step.region_positions).value_or(std::vector<std::string>{});
  step.point = reader.text("point").value_or("");
  step.where = reader.text("where").value_or("");
  step.how = reader.text("how").value_or("");
  step.before = reader.text("before").value_or("");
  if (table.contains("ready")) {
    step.ready = read_duration(reader, sink, step, k_ranges[0]);
  }
  step.press = read_duration(reader, sink, step, k_ranges[1]);
  step.hold = read_duration(reader, sink, step, k_ranges[2]);
  step.release = read_duration(reader, sink, step, k_ranges[3]);
  step.rep = read_duration(reader, sink, step, k_ranges[4]);
  step.reps = read_reps(reader, sink, step);
  step.cues = reader.text_list("cues").value_or(std::vector<std::string>{});
  read_alternative(reader, sink, step, alternative);
  return step;
}

} // namespace

Step read_step(const toml::table &table, DiagnosticSink &sink) {
  return read_one_step(table, sink, false);
}

} // namespace knead::routine
