#include "remind/notification.hpp"

#include "util/error.hpp"
#include "util/notification.hpp"
#include "util/process_limit.hpp"

#include <fmt/format.h>

namespace knead::remind {

Notification routine_notification(std::string_view routine) {
  return {fmt::format("Time for your {} routine", routine), fmt::format("knead run {}", routine)};
}

std::string why_notifications_unavailable() {
  return knead::why_notifications_unavailable();
}

void show_notification(const Notification &notification) {
  if (auto why = why_notifications_unavailable(); !why.empty()) {
    throw Error("cannot show a notification: " + why);
  }
  // notify-send's own complaints would add lines; the reason below is enough.
  const auto ran = process::run_within(notify_send_argv(notification.summary, notification.body),
                                       k_notify_limit, /*capture_stdout=*/true, /*quiet=*/true);
  if (ran.timed_out) {
    throw Error(fmt::format("cannot show a notification: notify-send did not finish within {} "
                            "seconds (no notification server answered)",
                            k_notify_limit.count()));
  }
  if (!ran.result) {
    throw Error("cannot show a notification: notify-send could not be started");
  }
  if (ran.result->exit_code != 0) {
    throw Error(fmt::format("cannot show a notification: notify-send failed (exit status {})",
                            ran.result->exit_code));
  }
}

std::vector<std::string> actions_argv(const Notification &notification) {
  return notify_send_argv(
      notification.summary, notification.body,
      {"--action=start=Start now", "--action=snooze=Snooze 30 minutes", "--wait"});
}

Choice parse_choice(std::string_view output) {
  const auto end = output.find_first_of("\r\n");
  const auto word = output.substr(0, end);
  if (word == "start") {
    return Choice::start;
  }
  if (word == "snooze") {
    return Choice::snooze;
  }
  return Choice::none;
}

Choice ask_notification(const Notification &notification) {
  if (auto why = why_notifications_unavailable(); !why.empty()) {
    throw Error("cannot show a notification: " + why);
  }
  const auto ran = process::run_within(actions_argv(notification), k_action_wait,
                                       /*capture_stdout=*/true, /*quiet=*/true);
  if (ran.timed_out) {
    return Choice::none; // shown, and nobody answered within the hour
  }
  if (ran.result && ran.result->exit_code == 0) {
    return parse_choice(ran.result->output);
  }
  show_notification(notification); // no buttons here: the plain one
  return Choice::none;
}

} // namespace knead::remind
