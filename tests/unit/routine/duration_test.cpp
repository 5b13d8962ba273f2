#include "routine/duration.hpp"

#include <doctest/doctest.h>

using knead::routine::format_clock;
using knead::routine::format_duration;
using knead::routine::parse_duration;
using knead::routine::suggest_duration;
using std::chrono::seconds;

TEST_CASE("durations parse in every documented form") {
  CHECK(parse_duration("90s") == seconds(90));
  CHECK(parse_duration("2m") == seconds(120));
  CHECK(parse_duration("1m30s") == seconds(90));
  CHECK(parse_duration("1h") == seconds(3600));
  CHECK(parse_duration("1h5m") == seconds(3900));
  CHECK(parse_duration("0s") == seconds(0));
}

TEST_CASE("malformed durations are refused with a reason") {
  std::string why;
  CHECK_FALSE(parse_duration("", &why));
  CHECK(why == "the duration is empty");
  CHECK_FALSE(parse_duration("90", &why));
  CHECK(why == "a number needs a unit (h, m or s)");
  CHECK_FALSE(parse_duration("2x", &why));
  CHECK(why == "unknown unit 'x' (use h, m or s)");
  CHECK_FALSE(parse_duration("30s1m", &why));
  CHECK(why == "units go largest first, each once (as in \"1h5m\" or \"1m30s\")");
  CHECK_FALSE(parse_duration("1m1m", &why));
  CHECK_FALSE(parse_duration("-5s", &why));
  CHECK(why == "expected a number at \"-5s\"");
  CHECK_FALSE(parse_duration("1.5m"));
  CHECK_FALSE(parse_duration(" 5s"));
  CHECK_FALSE(parse_duration("99999999s", &why));
  CHECK(why == "the number is too large");
}

TEST_CASE("a duration whose parts add up past the limit is refused") {
  // Found by fuzz_duration: each number was under its cap, but the sum was not, and
  // format_duration wrote it back as a number the parser refused.
  std::string why;
  CHECK_FALSE(parse_duration("1000000h8001m", &why));
  CHECK(why == "the duration is too long (the limit is 1000000s)");
  CHECK_FALSE(parse_duration("277h47m41s"));
  CHECK(parse_duration("277h46m40s") == seconds(1'000'000));
  CHECK(parse_duration(format_duration(seconds(1'000'000))) == seconds(1'000'000));
}

TEST_CASE("durations format as routine files write them") {
  CHECK(format_duration(seconds(90)) == "1m30s");
  CHECK(format_duration(seconds(120)) == "2m");
  CHECK(format_duration(seconds(0)) == "0s");
  CHECK(format_duration(seconds(3725)) == "1h2m5s");
  CHECK(parse_duration(format_duration(seconds(3725))) == seconds(3725));
}

TEST_CASE("clock format") {
  CHECK(format_clock(seconds(125)) == "2:05");
  CHECK(format_clock(seconds(0)) == "0:00");
  CHECK(format_clock(seconds(3725)) == "1:02:05");
  CHECK(format_clock(seconds(-5)) == "-0:05");
}

TEST_CASE("a unit after a larger one counts up to 59, so each duration has one spelling") {
  std::string why;
  CHECK_FALSE(parse_duration("1h60m", &why));
  CHECK(why == "after hours, minutes go up to 59");
  CHECK_FALSE(parse_duration("1m90s", &why));
  CHECK(why == "after minutes, seconds go up to 59");
  CHECK_FALSE(parse_duration("1h75s", &why));
  CHECK(why == "after hours, seconds go up to 59");
  CHECK(parse_duration("1h59m59s") == seconds(7199));
  CHECK(parse_duration("90m") == seconds(5400));
  CHECK(parse_duration("90s") == seconds(90));
}

TEST_CASE("a near-miss duration suggests the spelling meant") {
  CHECK(suggest_duration("2M") == "2m");
  CHECK(suggest_duration("1m30") == "1m30s");
  CHECK(suggest_duration("1h5") == "1h5m");
  CHECK(suggest_duration("2 min") == "2m");
  CHECK(suggest_duration("2 minutes") == "2m");
  CHECK(suggest_duration("30 sec") == "30s");
  CHECK(suggest_duration("1 hour 30 mins") == "1h30m");
  CHECK(suggest_duration("1h60m") == "2h");
  CHECK(suggest_duration("1m90s") == "2m30s");
  CHECK(suggest_duration("30s1m") == "1m30s");
  CHECK(suggest_duration("1.5m") == "1m30s");
  // Right already, or no likely fix.
  CHECK(suggest_duration("2m").empty());
  CHECK(suggest_duration("90").empty());
  CHECK(suggest_duration("2x").empty());
  CHECK(suggest_duration("1.2345s").empty());
  CHECK(suggest_duration("").empty());
  CHECK(suggest_duration("0s").empty());
  CHECK(suggest_duration("99999999h").empty());
}
