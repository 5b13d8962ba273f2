#include "screening/bank.hpp"

#include "screening/region_words.hpp"

namespace knead::screening {
namespace {

constexpr std::string_view k_red_flag_source =
    "NHS back pain guidance; NICE guideline NG59 (2016); AHCPR back-pain guideline (1994)";
constexpr std::string_view k_massage_source =
    "the source articles; massage and acupressure contraindications (practitioner texts; "
    "University of Minnesota, Taking Charge)";

Question stop_question(std::string id, Effect effect, std::string text, std::string why,
                       std::string message, std::string_view source) {
  Question q;
  q.id = std::move(id);
  q.effect = effect;
  q.text = std::move(text);
  q.why = std::move(why);
  q.message = std::move(message);
  q.source = source;
  return q;
}

std::vector<Question> make_fixed_questions() {
  std::vector<Question> bank;
  bank.push_back(stop_question(
      "saddle_bladder_bowel", Effect::stop_emergency,
      "Since the pain began, have you had numbness around your genitals or buttocks, trouble "
      "passing urine, or lost control of your bladder or bowels?",
      "With back pain, these can be signs that the nerves at the base of the spine are being "
      "squeezed (cauda equina syndrome), which needs treatment in hospital straight away.",
      "numbness around the genitals or buttocks, or a change in bladder or bowel control, can "
      "mean the nerves at the base of the spine are being squeezed",
      k_red_flag_source));
  bank.push_back(stop_question(
      "both_legs", Effect::stop_emergency,
      "Do you have pain, tingling, weakness or numbness in both legs?",
      "Symptoms in both legs at once can mean the nerves in the spine are being squeezed; the "
      "back-pain guidelines list it as a reason for emergency care.",
      "pain, tingling, weakness or numbness in both legs can mean the nerves in the spine are "
      "being squeezed",
      k_red_flag_source));
  bank.push_back(stop_question(
      "injury", Effect::stop_emergency,
      "Did the pain start after a fall, an accident or another injury?",
      "Pain that starts with an injury needs checking for a broken bone or other damage before "
      "anyone presses on it.",
      "pain that started with a fall, an accident or another injury needs checking for a broken "
      "bone or other damage",
      k_red_flag_source));
  bank.push_back(stop_question(
      "fever_unwell", Effect::stop_urgent, "Do you have a fever, or feel generally unwell?",
      "Back pain with a fever or feeling unwell can come from an infection, which a doctor should "
      "check first; the pre-exercise screen (PAR-Q+) also says to wait while you are ill.",
      "back pain with a fever or feeling unwell should be checked by a doctor",
      "NHS back pain guidance; NICE guideline NG59 (2016); PAR-Q+"));
  bank.push_back(stop_question(
      "weight_cancer", Effect::stop_urgent,
      "Have you lost weight without trying, or have you ever had cancer?",
      "With back pain, losing weight without trying or a history of cancer is a warning sign "
      "that a doctor should check.",
      "back pain with weight loss you cannot explain, or a history of cancer, should be checked "
      "by a doctor",
      k_red_flag_source));
  bank.push_back(stop_question(
      "night_pain", Effect::stop_urgent, "Is the pain worse at night, or not eased at all by rest?",
      "Pain that rest does not ease at all, or that is worse at night, is a warning sign in the "
      "back-pain guidelines.",
      "pain that is worse at night or not eased by rest should be checked by a doctor",
      k_red_flag_source));
  bank.push_back(stop_question(
      "leg_worsening", Effect::stop_urgent,
      "Do you have weakness or numbness in a leg that is getting worse?",
      "Weakness or numbness that keeps getting worse can mean a nerve is being harmed; a doctor "
      "should check it today.",
      "weakness or numbness in a leg that is getting worse should be checked by a doctor",
      k_red_flag_source));
  bank.push_back(stop_question(
      "weak_back", Effect::stop_unless_cleared,
      "Do you have osteoporosis, a weak or unstable spine, or have you had back surgery?",
      "Pressing on a weak or operated back can hurt it. The source articles say people with a "
      "weak back should ask a health professional first.",
      "with osteoporosis, a weak or unstable spine or after back surgery, ask a health "
      "professional before self-massage of your back",
      k_massage_source));

  Question cleared = stop_question(
      "weak_back_cleared", Effect::clears,
      "Has a health professional cleared you for self-massage of your back?",
      "Asked only after a \"yes\" to the weak-back question: with a health professional's "
      "go-ahead the session runs, with gentle pressure.",
      "Gentle pressure only: your back needs care (a health professional has cleared you).",
      k_massage_source);
  cleared.follows = "weak_back";
  bank.push_back(cleared);

  bank.push_back(stop_question(
      "bleeding", Effect::caution,
      "Do you take blood thinners, have a clotting disorder, or bruise easily?",
      "Firm pressure bruises more easily when blood clots slowly; massage texts ask for care with "
      "blood thinners, clotting disorders and fragile skin.",
      "Gentle pressure only, and stop if it bruises.", k_massage_source));

  Question pregnant = stop_question(
      "pregnant", Effect::skip, "Are you pregnant, or could you be?",
      "Some acupressure points are avoided in pregnancy (LI4, SP6, BL60 and BL67 on every "
      "traditional list), and conservative lists also avoid the lower back, the sacrum and the "
      "lower abdomen. Steps on those points and regions are skipped.",
      "When you are pregnant and have back pain, the NHS advises talking to a midwife or GP.",
      "traditional acupressure pregnancy lists; PAR-Q+; NHS (back pain in pregnancy)");
  pregnant.skips = SkipKind::pregnancy;
  bank.push_back(pregnant);
  return bank;
}

} // namespace

const std::vector<Question> &fixed_questions() {
  static const std::vector<Question> bank = make_fixed_questions();
  return bank;
}

Question skin_question(std::string_view region) {
  const std::string words = region_in_words(region);
  Question q;
  q.id = "skin_" + std::string(region);
  q.effect = Effect::skip;
  q.skips = SkipKind::region;
  q.region = region;
  q.text = "Is the skin on " + words +
           " broken, swollen, red or warm, scarred in the last month, or does it have boils, "
           "blisters, a rash or varicose veins?";
  q.why = "Pressing on broken, swollen or inflamed skin, a recent scar, boils, blisters, a rash "
          "or varicose veins can harm it; the steps on " +
          words + " are skipped.";
  q.message = "the skin on " + words + " needs to be left alone";
  q.source = k_massage_source;
  return q;
}

Question cold_question() {
  Question q;
  q.id = "cold_sensitive";
  q.effect = Effect::skip;
  q.skips = SkipKind::ice;
  q.text = "Do you have Raynaud's, a cold allergy, poor circulation, or reduced feeling in your "
           "skin (for example from diabetes)?";
  q.why = "Cold can injure skin that cannot feel it or that reacts badly to it; ice is not "
          "advised then. The ice steps are skipped.";
  q.message = "ice is not advised with Raynaud's, a cold allergy, poor circulation or reduced "
              "feeling in the skin";
  q.source = "NHS trust guidance on ice packs";
  return q;
}

Question long_lasting_question() {
  Question q;
  q.id = "long_lasting";
  q.effect = Effect::advice;
  q.text = "Has this pain gone on for several days or more without getting better?";
  q.why = "The source articles advise seeing a specialist when back pain goes on for several "
          "days; the session still runs.";
  q.message = "Pain that goes on for several days without getting better should be seen by a "
              "specialist. This session can still run.";
  q.source = "the source articles";
  return q;
}

const char *to_string(Tier tier) {
  switch (tier) {
  case Tier::emergency:
    return "stop-emergency";
  case Tier::urgent:
    return "stop-urgent";
  case Tier::not_cleared:
    return "stop-not-cleared";
  case Tier::routine:
    return "stop-routine";
  case Tier::nothing_left:
    return "stop-nothing-left";
  }
  return "stop-emergency";
}

std::string_view stop_advice(Tier tier) {
  switch (tier) {
  case Tier::emergency:
    return "Seek emergency care now: call your local emergency number or go to an emergency "
           "department. Do not massage your back.";
  case Tier::urgent:
    return "See a doctor today. Do not treat this yourself until a doctor has checked it.";
  case Tier::not_cleared:
    return "Ask a health professional before you massage your back yourself.";
  case Tier::routine:
    return "This routine asks you not to go on: talk to a health professional first.";
  case Tier::nothing_left:
    return "Nothing in this routine is safe to run today: every step was skipped.";
  }
  return "";
}

} // namespace knead::screening
