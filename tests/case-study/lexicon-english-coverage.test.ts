// @vitest-environment node
import { describe, expect, it } from "vitest";
import { tagOf, tagsOf } from "./lexicon-tags";

// English labels read in wire, NGO, Libyan, Gulf and Western coverage of Derna (2014-2020), one
// framing kind at a time: a sentence the label tags, and a false friend it must leave alone.
// Every sentence is written for these tests; none is quoted from an article.
function taggedWords(sentence: string) {
  return tagsOf(sentence).map((t) => t.text);
}

describe("English delegitimization of Haftar's side", () => {
  it.each([
    ["After the ceasefire Haftar kept his fighters on the ridge.", "his fighters", "lna-haftar-fighters", "lna"],
    ["Haftar sent his forces into the valley.", "his forces", "lna-haftar-forces", "lna"],
    ["The town was shelled by his militias for a week.", "his militias", "lna-haftar-militias", "lna"],
    ["Residents said Haftar's army held the port.", "Haftar's army", "lna-haftar-fighters", "lna"],
    ["Opponents called him a putschist.", "putschist", "haftar-putschist", "haftar"],
    ["Protesters in Misrata called him a war criminal.", "war criminal", "haftar-war-criminal", "haftar"],
    ["Critics said the campaign was a power grab.", "power grab", "en-delegitimization-power-grab", null],
    ["He moved to consolidate his power in the east.", "consolidate his power", "en-delegitimization-power-grab", null],
    ["Analysts called the offensive a diversion from his illness.", "a diversion", "en-delegitimization-pretext", null],
    ["The army claimed it had taken the port.", "claimed", "en-delegitimization-claims", null],
  ])("tags «%s»", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "delegitimization" });
  });

  it("does not read a claim of responsibility, a death toll or an insurance claim as a hedge", () => {
    expect(taggedWords("The Islamic State claimed responsibility for the blast.")).not.toContain("claimed");
    expect(taggedWords("The storm claimed the lives of three fishermen.")).not.toContain("claimed");
    expect(taggedWords("Insurance claims rose after the storm.")).toEqual([]);
  });

  it.each([
    ["Witnesses saw the renegade General Khalifa Haftar at the parade.", "renegade General Khalifa Haftar", "haftar-renegade-general"],
    ["Supporters cheered the self-styled field marshal.", "self-styled field marshal", "en-haftar-self-styled-title"],
    ["The rebel general Haftar lost his last western base.", "rebel general Haftar", "en-haftar-militia-leader"],
  ])("keeps a title's delegitimizing word with the name it qualifies in «%s»", (sentence, words, entry) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor: "haftar", category: "delegitimization" });
  });

  it("tags self-proclaimed before Haftar's army as his, and before the Islamic State or its caliphate never as his", () => {
    expect(tagOf("The self-proclaimed Libyan National Army took the airport.", "self-proclaimed")).toMatchObject({ entry: "hedge-so-called", actor: "lna" });
    // Before another name it hedges that name: the Islamic State's, not Haftar's army.
    expect(tagOf("Fighters of the self-styled Islamic State fled south.", "self-styled")).toMatchObject({ entry: "hedge-so-called", actor: "isis" });
    expect(tagOf("The self-proclaimed caliphate collapsed in Sirte.", "self-proclaimed")?.actor).not.toBe("lna");
  });

  it("does not call another armed group's chief Haftar when an outlet calls him a militia leader", () => {
    expect(tagOf("The militia leader Salah Badi returned to Tripoli.", "militia leader")).toBeUndefined();
  });

  it("does not call Egypt's president Haftar when an outlet calls him the coup leader", () => {
    expect(tagOf("Turkish papers attacked the coup leader Sisi.", "coup leader")).toBeUndefined();
  });
});

describe("English state legitimacy", () => {
  it("tags self-defence as the legal standing a state claims for its strikes", () => {
    expect(tagOf("Cairo told the Security Council the raids were legitimate self-defence.", "legitimate self-defence")).toEqual({
      text: "legitimate self-defence",
      entry: "en-state-self-defence",
      actor: null,
      category: "state-legitimacy",
    });
  });

  it("tags the Libyan military and the national army as Haftar's forces, but not Egypt's national army", () => {
    expect(tagOf("Libyan military sources said the road was open.", "Libyan military")).toMatchObject({ entry: "lna-libyan-army", actor: "lna" });
    expect(tagOf("The national army entered the old city.", "national army")).toMatchObject({ entry: "lna-libyan-army", actor: "lna" });
    expect(tagOf("Officers of the Egyptian national army watched the border.", "national army")).toBeUndefined();
  });
});

describe("English foreign involvement", () => {
  it.each([
    ["Cairo's airstrikes hit the southern district.", "Cairo's airstrikes", "en-foreign-cairo-strikes", "egypt"],
    ["The camps were called a danger to Egyptian national security.", "Egyptian national security", "en-foreign-egypt-national-security", "egypt"],
    ["UAE warplanes were seen over the coast.", "UAE warplanes", "foreign-uae-aircraft", "uae"],
    ["Sudanese mercenaries manned the checkpoints.", "Sudanese mercenaries", "foreign-mercenaries", null],
    ["The offensive relied on foreign backing.", "foreign backing", "foreign-foreign-intervention", null],
  ])("tags «%s»", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "foreign-involvement" });
  });

  it.each([
    ["Egyptian special forces were reported near the city.", "Egyptian special forces", "foreign-egyptian-backing", "egypt"],
    ["The offensive was backed by Egypt from the start.", "backed by Egypt", "foreign-egyptian-backing", "egypt"],
    ["Egypt's airstrikes hit the western entrance.", "Egypt's airstrikes", "foreign-egyptian-bombardment", "egypt"],
    ["The jets came from the al-Khadim air base.", "al-Khadim air base", "foreign-uae-backing", "uae"],
    ["Turkish drones struck the convoy.", "Turkish drones", "foreign-turkish-role", null],
  ])("tags «%s»", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "foreign-involvement" });
  });

  it("does not read a visit to Cairo or a foreign minister as foreign involvement", () => {
    expect(tagsOf("The foreign minister flew to Cairo for talks.").filter((t) => t.category === "foreign-involvement")).toEqual([]);
  });
});

describe("English terrorism labels", () => {
  it.each([
    ["The gunmen murdered a judge outside the court.", "murdered", "en-terrorism-murdered", null],
    ["The terrorist attack on the bus shocked the country.", "terrorist attack", "en-terrorism-terrorist-attacks", null],
    ["Two suicide bombers struck the checkpoint.", "suicide bombers", "terrorism-suicide-attacks", null],
    ["The army called the coalition pro-ISIS and Qaeda.", "pro-ISIS and Qaeda", "dmsc-qaeda-ties", "dmsc"],
    ["Officers vowed to clear the terrorist remnants from the old town.", "terrorist remnants", "dmsc-forces-of-terror", "dmsc"],
  ])("tags «%s»", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "terrorism" });
  });

  it("ties al-Qaeda's fighters in the city to the Shura Council, as a label of it", () => {
    expect(tagOf("The army said al-Qaeda militants held the old city.", "al-Qaeda militants")).toEqual({
      text: "al-Qaeda militants",
      entry: "dmsc-qaeda-ties",
      actor: "dmsc",
      category: "terrorism",
    });
  });

  it("names no group when it labels an act as terrorist, rather than tagging the Shura Council", () => {
    expect(tagOf("A terror attack killed two police officers.", "terror attack")?.actor).toBeNull();
  });
});

describe("English extremist and religious labels", () => {
  it.each([
    ["Residents feared the takfiris would return.", "takfiris", "dmsc-takfiris", "extremism"],
    ["Radical Islamists held the harbour district.", "Radical Islamists", "dmsc-extremists", "extremism"],
    ["Islamist militias controlled the town for years.", "Islamist militias", "dmsc-islamist-militias", "religious-ideological"],
  ])("tags «%s»", (sentence, words, entry, category) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor: "dmsc", category });
  });

  it.each([
    ["The general vowed to finish the Kharijites.", "Kharijites", "religious-khawarij"],
    ["Madkhali Salafists filled several brigades.", "Madkhali Salafists", "religious-madkhali-current"],
    ["The city still backed the February Revolution.", "February Revolution", "february-17-revolution"],
  ])("tags «%s» as a religious or revolutionary label that names no actor", (sentence, words, entry) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor: null, category: "religious-ideological" });
  });

  it("files the Islamic State's Libyan province under the Islamic State", () => {
    expect(tagOf("Wilayat Barqa claimed the bombing.", "Wilayat Barqa")).toEqual({
      text: "Wilayat Barqa",
      entry: "isis-province",
      actor: "isis",
      category: "religious-ideological",
    });
  });
});

describe("English popular support", () => {
  it.each([
    ["Many people joined the fighters at the checkpoints.", "people joined the fighters", "en-support-residents-joining", null],
    ["An internal uprising drove the group from the mosques.", "internal uprising", "support-popular-uprising", null],
    ["Jubilant residents waved flags in the square.", "Jubilant residents", "civilians-joyful-residents", "civilians"],
    ["The spokesman told the city that your army is coming.", "your army", "en-popular-support-your-military", "lna"],
  ])("tags «%s»", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "popular-support" });
  });

  it("tags rallies for the army as popular support", () => {
    expect(tagOf("Pro-army rallies filled the square in Benghazi.", "Pro-army rallies")).toMatchObject({ entry: "support-pro-army-demonstrations", category: "popular-support" });
  });

  it("does not read the 2011 uprising against Gaddafi, or a state's war on terror, as residents backing a side", () => {
    expect(taggedWords("The 2011 popular uprising against Gaddafi split the army.")).not.toContain("popular uprising");
    expect(taggedWords("Algeria joined the fight against terrorism.")).not.toContain("joined the fight against");
  });
});

describe("English civilian harm", () => {
  it.each([
    ["Families hid in the kitchen from stray bullets.", "stray bullets", "en-harm-stray-bullets", null],
    ["Aid groups called the siege collective punishment.", "collective punishment", "en-harm-collective-punishment", "civilians"],
    ["Civilians bore the brunt of the shelling.", "Civilians bore the brunt", "en-harm-civilians-bear-the-brunt", "civilians"],
    ["Thousands were forced to flee the eastern districts.", "forced to flee", "harm-displacement", null],
    ["The checkpoints block supplies at the city's gates.", "block supplies", "harm-supply-cuts", null],
    ["A rocket hit the homes of civilians near the port.", "homes of civilians", "en-harm-civilian-homes", "civilians"],
    ["The group ruled the town with an iron fist.", "with an iron fist", "en-harm-iron-fist", null],
  ])("tags «%s»", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "civilian-harm" });
  });

  it.each([
    ["Video showed a summary killing in the street.", "summary killing", "harm-field-executions"],
    ["Red Crescent teams recovered unidentified bodies.", "unidentified bodies", "harm-mass-graves-and-bodies"],
    ["Residents spoke of abductions at the checkpoints.", "abductions", "en-harm-abductions"],
  ])("tags «%s» as harm done to people", (sentence, words, entry) => {
    expect(tagOf(sentence, words)).toMatchObject({ text: words, entry, category: "civilian-harm" });
  });

  it.each([
    ["The shelling forced residents out of the eastern quarter.", "forced residents", "en-harm-residents-forced-out", "civilians"],
    ["By June the pharmacies ran out of insulin.", "ran out of", "harm-shortages", null],
    ["Families begged for safe passage out of the old city.", "safe passage", "harm-trapped-families", null],
    ["Medics said nine people were killed in the market.", "people were killed", "dead-and-wounded", "civilians"],
    ["Dozens of families have been trapped in the old quarter.", "been trapped", "harm-trapped-families", null],
    ["They lived for weeks without access to water.", "without access to water", "harm-supply-cuts", null],
  ])("tags «%s»", (sentence, words, entry, actor) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor, category: "civilian-harm" });
  });

  it("does not read a negotiator running out of patience as a shortage", () => {
    expect(taggedWords("The envoy ran out of patience with both delegations.")).toEqual([]);
  });

  it("does not read a stray remark or a supply chain report as harm", () => {
    expect(taggedWords("A stray remark by the minister caused a row over supply chains.")).toEqual([]);
  });
});

describe("English assault", () => {
  it.each([
    ["The city has been engulfed in a bloody battle since May.", "bloody battle"],
    ["Artillery fire pounded the western entrance.", "Artillery fire"],
    ["A barrage of shells fell on the port.", "barrage"],
  ])("tags «%s»", (sentence, words) => {
    expect(tagOf(sentence, words)).toMatchObject({ text: words, actor: null, category: "assault" });
  });

  it("does not read the Gulf states' blockade of Qatar or a hunger strike as an assault on Derna", () => {
    expect(taggedWords("Doha said the blockade of Qatar had failed.").filter((w) => w === "blockade")).toEqual([]);
    expect(taggedWords("Prisoners began hunger strikes in May.")).toEqual([]);
    expect(tagOf("The blockade of Derna entered its second year.", "blockade")).toMatchObject({ category: "assault" });
  });

  it("does not read a barrage of criticism or a heart attack as an assault", () => {
    expect(taggedWords("The envoy faced a barrage of criticism.")).toEqual([]);
    expect(taggedWords("The colonel died of a heart attack.")).toEqual([]);
  });
});

describe("English liberation and purification", () => {
  it.each([
    ["The commander ordered his troops to purge the city of terrorism.", "purge", "purification"],
    ["The statement said the district had been cleansed.", "cleansed", "purification"],
    ["Officers spoke of the hostage city finally set free.", "hostage city", "liberation-hijacked-city"],
  ])("tags «%s»", (sentence, words, entry) => {
    expect(tagOf(sentence, words)).toEqual({ text: words, entry, actor: null, category: "liberation" });
  });

  it("does not read ethnic cleansing or a purge of judges as a liberation", () => {
    expect(taggedWords("Rights groups warned of ethnic cleansing in the south.")).toEqual([]);
    expect(taggedWords("Ankara pressed on with its purge of judges.")).toEqual([]);
  });
});

describe("English spellings of the Shura Council's name", () => {
  it.each(["Darnah Mujahideen Shura Council", "Shura Council of Darna Mujahedeen", "Derna Mujahedin Shura Council", "DSCM"])(
    "names the coalition as %s, a plain name",
    (name) => {
      expect(tagOf(`A statement from the ${name} denied the report.`, name)).toEqual({
        text: name,
        entry: "dmsc-mujahideen-shura-council",
        actor: "dmsc",
        category: null,
      });
    },
  );

  it("names the LNA's 2016 operation as a plain name", () => {
    expect(tagOf("Operation Volcano opened with air raids.", "Operation Volcano")).toEqual({ text: "Operation Volcano", entry: "en-lna-operation-volcano", actor: "lna", category: null });
  });

  it("does not file Benghazi's shura council under Derna's", () => {
    expect(tagOf("The Majlis al-Shura of Benghazi issued a statement.", "Majlis al-Shura")).toBeUndefined();
  });
});
