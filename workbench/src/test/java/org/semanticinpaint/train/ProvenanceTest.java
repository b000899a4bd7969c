package org.semanticinpaint.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.train.Provenance.Setting;

/**
 * Which settings a stage's run records follows from the options; the sentences keep the wording of the notes in
 * every shipped card (taken from them here), which is the one place sentences are checked.
 */
class ProvenanceTest {

	private static TrainOptions options(String... pairs) {
		Map<String, String> m = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
		return TrainOptions.of(m);
	}

	@Test
	void settingsFollowFromTheOptionsAndTheStage() {
		TrainOptions o = options("perceptual", "0", "control", "0.5", "own-labels", "0.5", "edits", "0.3",
			"lr-decay", "cosine", "squares", "0.3", "coarse-inputs", "0.5");
		assertEquals(EnumSet.of(Setting.SCRATCHES, Setting.SQUARES, Setting.PERCEPTUAL, Setting.CONTROL, Setting.COSINE,
			Setting.OWN_LABELS, Setting.EDITS), Provenance.StageRun.settings(Stage.DECODE, o, false));
		assertEquals(EnumSet.of(Setting.COSINE, Setting.COARSE_INPUTS),
			Provenance.StageRun.settings(Stage.SEGMENT, o, false));
		assertEquals(EnumSet.of(Setting.SCRATCHES, Setting.SQUARES, Setting.PERCEPTUAL, Setting.COSINE),
			Provenance.StageRun.settings(Stage.INPAINT, o, false));
		assertTrue(Provenance.StageRun.settings(Stage.JOINT, options(), true)
			.containsAll(EnumSet.of(Setting.BRIGHTNESS, Setting.JOINT_RATE)));
		assertEquals(EnumSet.of(Setting.ADVERSARIAL, Setting.SSIM, Setting.SCRATCHES, Setting.WARMUP),
			Provenance.StageRun.settings(Stage.DECODE, options("adversarial", "0.3", "ssim", "1.0", "lr-warmup", "50"),
				false));
	}

	@Test
	void sentencesKeepTheShippedCardsWording() {
		TrainOptions o = options("perceptual", "0", "control", "0.5", "own-labels", "0.5", "edits", "0.3",
			"lr-decay", "cosine", "squares", "0.3", "brightness", "0.3,1.2", "lr-warmup", "50");
		Provenance.StageRun r = Provenance.StageRun.of(new StagePlan(Stage.DECODE, 0, 20, 1e-4f), 1190, o,
			true, "nucleus");
		assertEquals("1190 decode steps with the controllability loss at weight 0.5 (on the result blurred 5x5)",
			r.sentence(Setting.CONTROL));
		assertEquals("1190 decode steps with the learning rate decayed from 1.0E-4 to a tenth (cosine)",
			r.sentence(Setting.COSINE));
		assertEquals("1190 decode steps with a disc of class nucleus painted into the guidance of 30% of the holes (left " +
			"out of L1 and the adversarial term, judged by the controllability loss)", r.sentence(Setting.EDITS));
		assertEquals("1190 decode steps with crops' brightness scaled by 0.3..1.2", r.sentence(Setting.BRIGHTNESS));
		assertEquals("1190 decode steps with 30% of the masks a half-side square at a random place",
			r.sentence(Setting.SQUARES));
		assertEquals("decode run of 1190 steps with the learning rate warmed up over its first 50",
			r.sentence(Setting.WARMUP));
		assertEquals("1190 decode steps with the perceptual loss at weight 0.0", r.sentence(Setting.PERCEPTUAL));
		assertEquals("segmentation network re-initialised at width 16 (was 8 after 4384 steps)",
			new Provenance.SegmentRestarted(16, 8, 4384).sentence());
		assertEquals("from inpaint step 1401 on, stage 1's push-pull fill relaxed by 100 Jacobi steps",
			new Provenance.FillIntroduced(Stage.INPAINT, 1401).sentence());
	}

	@Test
	void entriesGoIntoTheCardsNotes() {
		ModelCard card = new ModelCard();
		card.training.notes = Provenance.FIRST_NOTES;
		Provenance p = new Provenance(card);
		p.add(new Provenance.FormatCarriedOver(1, 2));
		assertEquals(Provenance.FIRST_NOTES + "; format 1 bundle carried over to format 2 (renamed layers " +
			"re-initialised)", card.training.notes);
		assertEquals(1, p.entries().size());
		assertEquals("particle or disc with its 3-pixel boundary band", Provenance.classNames(cardWith("particle",
			"disc"), new int[] { 0, 1 }, 3));
	}

	private static ModelCard cardWith(String... classes) {
		ModelCard c = new ModelCard();
		for (int i = 0; i < classes.length; i++) c.classes.add(new ModelCard.LabelClass(i, classes[i], 0, 0, 0));
		return c;
	}
}
