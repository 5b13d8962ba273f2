#include "history/due.hpp"

#include "history/store.hpp"

namespace knead::history {

bool completed_today(const std::filesystem::path &history, const std::string &routine,
                     TimePoint now) {
  auto store = Store::open_for_reading(history);
  if (!store) {
    return false;
  }
  const Day today = local_day(now);
  return store->has_completed(routine, local_day_start(today), local_day_start(today + 1));
}

bool completed_today(const std::string &routine, TimePoint now) {
  return completed_today(default_history_path(), routine, now);
}

} // namespace knead::history
