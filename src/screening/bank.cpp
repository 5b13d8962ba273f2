#include "screening/bank.hpp"

#include "screening/region_words.hpp"

namespace knead::screening {
namespace {

constexpr std::string_view k_red_flag_source =
    "NHS back pain guidance; NICE guideline NG59 (2016); AHCPR back-pain guideline (1994)";
constexpr std::string_view k_ifompt_source =
    "NHS back pain guidance; IFOMPT red-flag framework (Finucane et al., JOSPT 2020)";
constexpr std::string_view k_massage_source =
    "the source articles; massage and acupressure contraindications (practitioner texts; "
    "University of Minnesota, Taking Charge)";
constexpr std::string_view k_pregnancy_source = "NHS (back pain in pregnancy)";
constexpr std::string_view k_cold_heat_source =
    "NHS trust guidance on ice packs and on heat (MPFT)";

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

void add_emergency_signs(std::vector<Question> &bank) {
  bank.push_back(stop_question(
      "saddle_bladder_bowel", Effect::stop_emergency,
      "Since the pain began, have you had numbness around your genitals or buttocks, trouble "
      "passing urine, lost control of your bladder or bowels, or new problems getting an "
      "erection?",
      "With back pain, these can be signs that the nerves at the base of the spine are being "
      "squeezed (cauda equina syndrome), which needs treatment in hospital straight away.",
      "numbness around the genitals or buttocks, a change in bladder or bowel control, or new "
      "erection problems can mean the nerves at the base of the spine are being squeezed",
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
      "serious_accident", Effect::stop_emergency,
      "Did the pain start after a serious accident, such as a car crash or a bad fall?",
      "Pain that starts with a serious accident needs checking for a broken bone or other "
      "damage before anyone presses on it.",
      "pain that started with a serious accident needs checking for a broken bone or other "
      "damage",
      k_ifompt_source));
  bank.push_back(stop_question(
      "chest_pain", Effect::stop_emergency, "Do you have chest pain as well as the back pain?",
      "The NHS says to call 999 for back pain with chest pain: it can come from the heart or "
      "a large blood vessel.",
      "chest pain with back pain needs emergency care", "NHS back pain guidance"));
}

void add_urgent_signs(std::vector<Question> &bank) {
  bank.push_back(stop_question(
      "high_temperature", Effect::stop_urgent, "Do you have a high temperature (a fever)?",
      "Back pain with a high temperature can come from an infection, which a doctor should "
      "check first.",
      "back pain with a high temperature should be checked by a doctor", k_ifompt_source));
  bank.push_back(stop_question(
      "weight_loss", Effect::stop_urgent, "Have you lost weight without trying?",
      "With back pain, losing weight without trying is a warning sign that a doctor should "
      "check.",
      "back pain with weight loss you cannot explain should be checked by a doctor",
      k_ifompt_source));
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
      "minor_fall", Effect::stop_urgent,
      "Did the pain start after a minor fall or a strain, and are you over 50, have "
      "osteoporosis, or take steroid tablets long-term?",
      "Over 50, with osteoporosis or on long-term steroid tablets, even a small fall or strain "
      "can break a bone in the spine.",
      "after a fall or strain, being over 50, osteoporosis or long-term steroid tablets make a "
      "broken bone more likely: a doctor should check it",
      k_ifompt_source));
  bank.push_back(stop_question(
      "back_shape", Effect::stop_urgent,
      "Is there a lump or swelling on your back, or has the shape of your back changed?",
      "The NHS lists a lump, a swelling or a change in the shape of the back among the reasons "
      "to see a GP or call 111 the same day.",
      "a lump, a swelling or a change in the shape of your back should be checked by a doctor",
      "NHS back pain guidance"));
  bank.push_back(stop_question(
      "cough_sneeze", Effect::stop_urgent, "Is the pain worse when you cough, sneeze or poo?",
      "The NHS lists back pain that gets worse when coughing, sneezing or pooing among the "
      "reasons to see a GP or call 111 the same day.",
      "back pain that is worse when you cough, sneeze or poo should be checked by a doctor",
      "NHS back pain guidance"));
  bank.push_back(stop_question(
      "between_shoulders", Effect::stop_urgent,
      "Is the pain high up in your back, between your shoulder blades?",
      "The NHS lists pain high up between the shoulder blades among the reasons to see a GP or "
      "call 111 the same day.",
      "pain high up between the shoulder blades should be checked by a doctor",
      "NHS back pain guidance"));
}

void add_conditions(std::vector<Question> &bank) {
  bank.push_back(stop_question(
      "weak_back", Effect::stop_unless_cleared,
      "Do you have osteoporosis or a weak or unstable spine, have you had back surgery, or do "
      "you take steroid tablets long-term?",
      "Pressing on a weak or operated back can hurt it, and long-term steroid tablets weaken "
      "the bones. The source articles say people with a weak back should ask a health "
      "professional first.",
      "with osteoporosis, a weak or unstable spine, after back surgery or on long-term steroid "
      "tablets, ask a health professional before self-massage of your back",
      "the source articles; IFOMPT red-flag framework (Finucane et al., JOSPT 2020)"));
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
      "cancer_history", Effect::stop_unless_cleared, "Have you ever had cancer?",
      "With a history of cancer, new back pain should be checked by a doctor before anyone "
      "presses on it, since cancer can spread to the bones of the spine.",
      "with a history of cancer, a doctor should check this back pain before you massage it",
      k_ifompt_source));
  Question checked = stop_question(
      "cancer_checked", Effect::clears,
      "Has a doctor checked this back pain, knowing that you have had cancer?",
      "Asked only after a \"yes\" to the cancer question: once a doctor has checked this pain, "
      "the session runs, with gentle pressure.",
      "Gentle pressure only (a doctor has checked this back pain).", k_ifompt_source);
  checked.follows = "cancer_history";
  bank.push_back(checked);

  bank.push_back(stop_question(
      "bleeding", Effect::caution,
      "Do you take blood thinners, have a clotting disorder, or bruise easily?",
      "Firm pressure bruises more easily when blood clots slowly; massage texts ask for care with "
      "blood thinners, clotting disorders and fragile skin.",
      "Gentle pressure only, and stop if it bruises.", k_massage_source));
}

void add_pregnancy(std::vector<Question> &bank) {
  Question pregnant = stop_question(
      "pregnant", Effect::skip, "Are you pregnant, or could you be?",
      "Some acupressure points are avoided in pregnancy (LI4, SP6, BL60 and BL67 on every "
      "traditional list), and conservative lists also avoid the lower back, the sacrum and the "
      "lower abdomen. Steps on those points and regions are skipped, and so is every step on "
      "the legs: massaging the legs in pregnancy can move a blood clot.",
      "When you are pregnant and have back pain, the NHS advises talking to a midwife or GP.",
      "traditional acupressure pregnancy lists; PAR-Q+; NHS (back pain in pregnancy); Sutham et "
      "al., BMC Pregnancy Childbirth 2020");
  pregnant.skips = SkipKind::pregnancy;
  bank.push_back(pregnant);

  Question maternity = stop_question(
      "pregnancy_urgent", Effect::stop_maternity,
      "Do you have a fever, bleeding from the vagina, pain when you pee or pain under your "
      "ribs, or (after the first 3 months) back pain that comes in waves or could be labour?",
      "Asked only after a \"yes\" to the pregnancy question. The NHS says to contact a midwife, "
      "GP or maternity unit urgently with back pain and any of these.",
      "in pregnancy, back pain with a fever, bleeding, pain when peeing or under the ribs, or "
      "pain that comes in waves needs a midwife or maternity unit now",
      k_pregnancy_source);
  maternity.follows = "pregnant";
  bank.push_back(maternity);
}

std::vector<Question> make_fixed_questions() {
  std::vector<Question> bank;
  add_emergency_signs(bank);
  add_urgent_signs(bank);
  bank.push_back(stop_question(
      "passing_cold", Effect::stop_wait, "Do you have a cold, or feel ill or run down today?",
      "The pre-exercise screen (PAR-Q+) says to wait until you are better while you are "
      "temporarily ill; a high temperature is asked about apart, as a reason to see a doctor.",
      "with a cold or while you feel ill or run down, wait until you are better",
      "PAR-Q+; NHS back pain guidance"));
  add_conditions(bank);
  add_pregnancy(bank);
  return bank;
}

} // namespace

const std::vector<Question> &fixed_questions() {
  static const std::vector<Question> bank = make_fixed_questions();
  return bank;
}

std::span<const RetiredId> retired_ids() {
  static constexpr RetiredId k_retired[] = {
      {"injury", "serious_accident and minor_fall"},
      {"fever_unwell", "high_temperature and passing_cold"},
      {"weight_cancer", "weight_loss and cancer_history"},
      {"cold_sensitive", "cold_allergy and reduced_feeling"},
  };
  return k_retired;
}

Question skin_question(std::string_view region) {
  const std::string words = region_in_words(region);
  Question q;
  q.id = "skin_" + std::string(region);
  q.effect = Effect::skip;
  q.skips = SkipKind::region;
  q.region = region;
  q.region_words = words;
  q.text = "Is the skin on " + words +
           " broken, swollen, bruised, burned, red or warm, or scarred, or does it have boils, "
           "blisters, a rash or varicose veins?";
  q.why = "Pressing on broken, swollen, bruised, burned or inflamed skin, a scar, boils, "
          "blisters, a rash or varicose veins can harm it; the steps on " +
          words + " are skipped.";
  q.message = "the skin on " + words + " needs to be left alone";
  q.source = k_massage_source;
  return q;
}

Question cold_allergy_question() {
  Question q;
  q.id = "cold_allergy";
  q.effect = Effect::skip;
  q.skips = SkipKind::cold_allergy;
  q.text = "Do you have Raynaud's, or a cold allergy (hives or swelling from the cold)?";
  q.why = "Ice is not advised with Raynaud's or a cold allergy (cold urticaria); heat is. An ice "
          "step that names heat as its alternative uses heat instead; other ice steps are "
          "skipped.";
  q.message = "ice is not advised with Raynaud's or a cold allergy";
  q.source = k_cold_heat_source;
  return q;
}

Question reduced_feeling_question() {
  Question q;
  q.id = "reduced_feeling";
  q.effect = Effect::skip;
  q.skips = SkipKind::cold_and_heat;
  q.text = "Do you have numb skin, reduced feeling in your skin (for example from diabetes), or "
           "poor circulation?";
  q.why = "Skin that cannot feel cold or heat, or that gets little blood, can be injured without "
          "you noticing; neither ice nor heat is advised. The ice and heat steps are skipped.";
  q.message = "ice and heat are not advised with numb skin, reduced feeling or poor circulation";
  q.source = k_cold_heat_source;
  return q;
}

Question leg_clot_question() {
  Question q;
  q.id = "leg_clot";
  q.effect = Effect::stop_urgent;
  q.text = "Do you have pain, swelling, warmth, or red or darkened skin in one leg (usually the "
           "calf)?";
  q.why = "These can be the signs of a blood clot in a leg (DVT). Pressing on the leg could move "
          "the clot, so it is asked before any step on the legs.";
  q.message = "pain, swelling, warmth, or red or darkened skin in one leg can be a blood clot "
              "(DVT): ask for an urgent GP appointment or call 111, and do not press on the leg";
  q.source = "NHS (DVT)";
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
  case Tier::maternity:
    return "stop-maternity";
  case Tier::urgent:
    return "stop-urgent";
  case Tier::not_cleared:
    return "stop-not-cleared";
  case Tier::wait:
    return "stop-wait";
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
  case Tier::maternity:
    return "Contact your midwife or maternity unit now, or your GP. If you lose feeling in your "
           "legs, bottom or genitals, call your local emergency number. Do not massage your back.";
  case Tier::urgent:
    return "See a doctor today. Do not treat this yourself until a doctor has checked it.";
  case Tier::not_cleared:
    return "Ask a health professional before you massage your back yourself.";
  case Tier::wait:
    return "Wait until you feel better, then come back to this routine.";
  case Tier::routine:
    return "This routine asks you not to go on: talk to a health professional first.";
  case Tier::nothing_left:
    return "Nothing in this routine is safe to run today: every step was skipped.";
  }
  return "";
}

} // namespace knead::screening
