// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mentionsOf, tagOf, tagsOf } from "./lexicon-tags";

// English labels of the Derna lexicon, as English-language coverage of Libya (2014-2020) writes
// them. Every sentence below is written for these tests; none is quoted from an article.
function taggedWords(sentence: string) {
  return tagsOf(sentence).map((t) => t.text);
}

describe("English labels for Haftar's side", () => {
  it.each([
    ["The Libyan National Army moved two brigades east.", "Libyan National Army", "lna-libyan-national-army", "lna", "state-legitimacy"],
    ["Field Marshal Khalifa Haftar reviewed the troops.", "Field Marshal Khalifa Haftar", "haftar-field-marshal", "haftar", "state-legitimacy"],
    ["General Khalifa Hafter promised a quick campaign.", "General Khalifa Hafter", "haftar-general-title-en", "haftar", "state-legitimacy"],
    ["Residents said the army entered the old quarter at dawn.", "army", "lna-the-army", "lna", "state-legitimacy"],
    ["A statement from the military promised safe corridors.", "the military", "lna-the-military-en", "lna", "state-legitimacy"],
    ["The spokesman for the General Command denied the report.", "General Command", "lna-general-command", "lna", "state-legitimacy"],
    ["Haftar's forces closed the coastal road.", "Haftar's forces", "lna-haftar-forces", "lna", "delegitimization"],
    ["Forces loyal to Khalifa Haftar shelled the valley.", "Forces loyal to Khalifa Haftar", "lna-forces-loyal-to-haftar", "lna", "delegitimization"],
    ["The city fell to Haftar’s militias in June.", "Haftar’s militias", "lna-haftar-militias", "lna", "delegitimization"],
    ["Dignity Operation forces set up new checkpoints.", "Dignity Operation forces", "lna-karama-militias", "lna", "delegitimization"],
    ["The eastern strongman flew to Cairo for talks.", "eastern strongman", "haftar-strongman", "haftar", "delegitimization"],
    ["Critics call him a renegade general.", "renegade general", "haftar-renegade-general", "haftar", "delegitimization"],
  ])("tags «%s»", (sentence, words, entry, actor, category) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category });
  });

  it("tags self-styled as delegitimizing and holds the army's name that follows at a distance", () => {
    const sentence = "The self-styled Libyan National Army claimed the port.";
    expect(tagOf(sentence, "self-styled")).toMatchObject({ entry: "hedge-so-called", actor: "lna", category: "delegitimization" });
    const army = mentionsOf(sentence).find((m) => m.text === "Libyan National Army");
    expect(army?.voice).toBe("distanced");
  });

  it("names the LNA, Operation Dignity and the Libyan commander as plain names, with no framing category", () => {
    const sentence = "The LNA's Operation Dignity, led by Libyan commander Khalifa Haftar, reached the outskirts.";
    expect(tagOf(sentence, "LNA")).toEqual({ text: "LNA", entry: "lna-acronym-en", actor: "lna", category: null });
    expect(tagOf(sentence, "Operation Dignity")).toEqual({ text: "Operation Dignity", entry: "lna-operation-dignity", actor: "lna", category: null });
    expect(tagOf(sentence, "Libyan commander Khalifa Haftar")).toEqual({
      text: "Libyan commander Khalifa Haftar",
      entry: "haftar-libyan-commander-en",
      actor: "haftar",
      category: null,
    });
  });

  it("files every spelling of Haftar's name under the Arabic name's entry", () => {
    for (const name of ["Haftar", "Hafter", "Hiftar", "Heftar"]) {
      expect(tagOf(`Supporters of ${name} gathered in the square.`, name)).toMatchObject({ entry: "haftar", actor: "haftar" });
    }
  });

  it("tags the abbreviated title Gen. and the name after it as two mentions", () => {
    expect(tagsOf("Gen. Hiftar spoke on television.").map((t) => `${t.text}:${t.entry}`)).toEqual([
      "Gen:haftar-general-title-en",
      "Hiftar:haftar",
    ]);
  });
});

describe("English labels for the Shura Council and the jihadist groups", () => {
  it.each([
    ["The Derna Mujahideen Shura Council held the harbour.", "Derna Mujahideen Shura Council", "dmsc-mujahideen-shura-council", "dmsc"],
    ["A Shura Council of Mujahedeen in Derna statement followed.", "Shura Council of Mujahedeen in Derna", "dmsc-mujahideen-shura-council", "dmsc"],
    ["In May the coalition became the Derna Protection Force.", "Derna Protection Force", "dmsc-derna-protection-force", "dmsc"],
    ["The DPF denied the claim.", "DPF", "dmsc-derna-protection-force", "dmsc"],
    ["The DMSC's spokesman spoke by phone.", "DMSC", "dmsc-acronym-en", "dmsc"],
  ])("names the coalition in «%s»", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toMatchObject({ text: words, entry, actor });
  });

  it.each([
    ["Officers said terrorists were hiding in the old city.", "terrorists", "dmsc-terrorists", "dmsc", "terrorism"],
    ["The army vowed to crush the terrorist groups.", "terrorist groups", "dmsc-terrorist-groups", "dmsc", "terrorism"],
    ["The army called its enemies an al-Qaeda affiliate.", "al-Qaeda affiliate", "dmsc-qaeda-ties", "dmsc", "terrorism"],
    ["The coalition, linked to al-Qaeda according to its enemies, denied it.", "linked to al-Qaeda", "dmsc-qaeda-ties", "dmsc", "terrorism"],
    ["The militants withdrew to the hills.", "militants", "dmsc-militants", "dmsc", "extremism"],
    ["The statement blamed extremists for the blast.", "extremists", "dmsc-extremists", "dmsc", "extremism"],
    ["The coalition of Islamists refused to disarm.", "Islamists", "dmsc-islamists", "dmsc", "religious-ideological"],
    ["Rival jihadists fought for the district.", "jihadists", "dmsc-jihadists-en", "dmsc", "religious-ideological"],
    ["The local militia answered with mortars.", "militia", "delegitimization-militias", null, "delegitimization"],
    ["A band of gunmen held the bridge.", "band of", "dmsc-band-en", "dmsc", "delegitimization"],
    ["The town's former rebels took up arms again.", "former rebels", "dmsc-revolutionaries", "dmsc", "popular-support"],
    ["Local fighters held the western gate.", "Local fighters", "dmsc-revolutionaries", "dmsc", "popular-support"],
  ])("tags «%s»", (sentence, words, entry, actor, category) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category });
  });

  it("files the Islamic State under its own entries and its fighters under extremism", () => {
    const sentence = "ISIS lost the district after Islamic State fighters were driven out by IS's rivals.";
    expect(tagOf(sentence, "ISIS")).toMatchObject({ entry: "isis-islamic-state", actor: "isis" });
    expect(tagOf(sentence, "Islamic State fighters")).toEqual({ text: "Islamic State fighters", entry: "isis-militants-en", actor: "isis", category: "extremism" });
    expect(tagOf(sentence, "IS")).toMatchObject({ entry: "isis-islamic-state", actor: "isis" });
  });

  it("tags the religious vocabulary of Islamic State rule", () => {
    const sentence = "Fighters pledged allegiance to the caliphate and set up Sharia courts.";
    expect(tagOf(sentence, "pledged allegiance")).toMatchObject({ entry: "religious-pledge-of-allegiance", category: "religious-ideological" });
    expect(tagOf(sentence, "caliphate")).toMatchObject({ entry: "caliphate", category: "religious-ideological" });
    expect(tagOf(sentence, "Sharia courts")).toMatchObject({ entry: "religious-sharia-rule-en", category: "religious-ideological" });
  });
});

describe("English event and frame labels", () => {
  it.each([
    ["Aid trucks waited outside the siege lines.", "siege", "siege", "assault"],
    ["The blockade cut the city off for a year.", "blockade", "siege", "assault"],
    ["The besieged city ran short of fuel.", "besieged city", "assault-besieged-city", "assault"],
    ["The offensive began before dawn.", "offensive", "attack", "assault"],
    ["Overnight airstrikes hit a warehouse.", "airstrikes", "air-strikes", "assault"],
    ["Heavy shelling continued for hours.", "shelling", "bombardment", "assault"],
    ["The commander promised to liberate the city.", "liberate", "liberation", "liberation"],
    ["Supporters celebrated the city's liberation.", "liberation", "liberation", "liberation"],
    ["The victims included women and children.", "women and children", "harm-women-and-children", "civilian-harm"],
    ["Hospitals reported shortages of oxygen.", "shortages", "harm-shortages", "civilian-harm"],
    ["Hundreds of displaced families slept in schools.", "displaced families", "harm-displaced-people", "civilian-harm"],
    ["Medics said indiscriminate shelling hit the market.", "indiscriminate shelling", "harm-indiscriminate-shelling", "civilian-harm"],
    ["Critics said the siege was choking the life out of the town.", "choking the life out of", "harm-choking-the-city-en", "civilian-harm"],
    ["Doctors described dire conditions in the clinic.", "dire conditions", "harm-dire-conditions-en", "civilian-harm"],
    ["The strikes followed an attack on Coptic Christians.", "attack on Coptic Christians", "civilians-copts-en", "civilian-harm"],
  ])("tags «%s»", (sentence, words, entry, category) => {
    expect(tagOf(sentence, words)).toMatchObject({ text: words, entry, category });
  });

  it("files Egypt's planes, strikes and troops under Egypt, and the Copts it named as victims under civilians", () => {
    const sentence = "Egyptian warplanes carried out Egyptian airstrikes after the killing of Coptic Christians, but Egyptian troops stayed home.";
    expect(tagOf(sentence, "Egyptian warplanes")).toMatchObject({ entry: "foreign-egyptian-aircraft", actor: "egypt", category: "foreign-involvement" });
    expect(tagOf(sentence, "Egyptian airstrikes")).toMatchObject({ entry: "foreign-egyptian-bombardment", actor: "egypt", category: "foreign-involvement" });
    expect(tagOf(sentence, "Egyptian troops")).toMatchObject({ entry: "egypt-egyptian-forces", actor: "egypt", category: "foreign-involvement" });
    expect(tagOf(sentence, "Coptic Christians")).toMatchObject({ entry: "civilians-copts-en", actor: "civilians", category: "civilian-harm" });
  });

  it("names Egypt as a plain name", () => {
    expect(tagOf("Egypt closed the border crossing.", "Egypt")).toEqual({ text: "Egypt", entry: "egypt-en", actor: "egypt", category: null });
  });
});

describe("English false friends", () => {
  it("does not take the verb «is» for the Islamic State's initials IS", () => {
    expect(taggedWords("The road is closed and the bridge is down. Is it safe?")).toEqual([]);
    expect(tagOf("IS held the port until 2016.", "IS")).toMatchObject({ entry: "isis-islamic-state", actor: "isis" });
  });

  it("does not take another country's army for Haftar's", () => {
    const tags = tagsOf("The Egyptian army and Egypt's military sealed the border.");
    expect(tags.filter((t) => t.actor === "lna")).toEqual([]);
    expect(tagOf("The Egyptian army sealed the border.", "Egyptian army")).toMatchObject({ actor: "egypt" });
  });

  it("does not tag military as an adjective: a military operation, military sources", () => {
    expect(taggedWords("A military operation was announced, military sources said.")).toEqual([]);
  });

  it("does not file forces loyal to the Tripoli government under Haftar", () => {
    expect(taggedWords("Forces loyal to the GNA and forces loyal to the Government of National Accord advanced.")).toEqual([]);
  });

  it("does not tag the word general in other senses: in general, the Attorney General", () => {
    expect(taggedWords("In general, the Attorney General declined to comment.")).toEqual([]);
  });

  it("does not tag hunger strikes or a bare strike", () => {
    expect(taggedWords("Teachers went on strike.")).toEqual([]);
  });

  it("does not take Gaddafi for the strongman, nor forces loyal to Gaddafi for Haftar's", () => {
    expect(taggedWords("The former strongman Muammar Gaddafi fell in 2011, when forces loyal to Gaddafi left the town.")).toEqual([]);
  });

  it("does not take the Emir of Qatar for a jihadist emir", () => {
    expect(taggedWords("The Emir of Qatar received the delegation.")).toEqual([]);
    expect(tagOf("The group's emir fled the city.", "emir")).toMatchObject({ entry: "religious-emir-ar", category: "religious-ideological" });
  });

  it("does not take any Libyan commander for Haftar", () => {
    expect(tagOf("A Libyan commander in Misrata disagreed.", "Libyan commander")).toBeUndefined();
    expect(tagOf("Libyan commander Khalifa Haftar spoke.", "Libyan commander Khalifa Haftar")).toMatchObject({ actor: "haftar", category: null });
  });

  it("files the Islamic Youth Shura Council of 2014 under the Islamic State, not under the later Shura Council", () => {
    expect(tagOf("The Islamic Youth Shura Council held a parade.", "Islamic Youth Shura Council")).toEqual({
      text: "Islamic Youth Shura Council",
      entry: "isis-shura-council-of-islamic-youth",
      actor: "isis",
      category: null,
    });
  });
});
