package org.semanticinpaint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.TestBundles;
import org.semanticinpaint.engine.texture.TextureParams;

/** A card's texture tuning: what it sets replaces the default, what it leaves out keeps it, and the record says so. */
class EngineSettingsTest {

	@Test
	void aCardWithoutTuningKeepsTheDefaults() {
		EngineSettings s = EngineSettings.defaults();
		assertSame(s, s.tunedFor(TestBundles.card(1, 2, 64)));
	}

	@Test
	void theCardsTuningReplacesOnlyWhatItSets() {
		ModelCard card = TestBundles.card(1, 2, 64);
		card.texture = new ModelCard.Texture();
		card.texture.guideSigma = 2.0;
		TextureParams tuned = EngineSettings.defaults().withThreads(1).tunedFor(card).texture(),
			defaults = TextureParams.defaults();
		assertEquals(2.0, tuned.distance().guideSigma());
		assertEquals(defaults.distance().guideWeight(), tuned.distance().guideWeight());
		assertEquals(defaults.patchRadius(), tuned.patchRadius());
		assertEquals(defaults.seed(), tuned.seed());
		card.texture.guideWeight = 1.0;
		assertEquals(1.0, EngineSettings.defaults().tunedFor(card).texture().distance().guideWeight());
		assertEquals(1, EngineSettings.defaults().withThreads(1).tunedFor(card).threads());
	}

	@Test
	void theRecordNamesTheTuningWhenTheTextureRan() {
		ModelCard card = TestBundles.card(1, 2, 64);
		Provenance.Sources from = new Provenance.Sources("selection", Provenance.Labels.PROPOSED, null);
		String plain = Provenance.of(card, from, new Provenance.Texturing(Texture.FROM_IMAGE, 1), List.of()).text();
		assertFalse(plain.contains("tunes"), plain);
		card.texture = new ModelCard.Texture();
		card.texture.guideWeight = 1.0;
		card.texture.guideSigma = 2.0;
		String tuned = Provenance.of(card, from, new Provenance.Texturing(Texture.FROM_IMAGE, 1), List.of()).text();
		assertTrue(tuned.contains("Inpainting texture: on (from image), seed 1, as the model's card tunes it (guide " +
			"weight 1.0, guide blur 2.0 px)"), tuned);
		String off = Provenance.of(card, from, new Provenance.Texturing(Texture.NONE, 1), List.of()).text();
		assertFalse(off.contains("tunes"), off);
	}
}
