package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.nets.CardConfigs;

class ModelCardTest {

	@Test
	void writesTextAsPeopleReadIt(@TempDir Path dir) throws Exception {
		ModelCard c = new ModelCard();
		c.training.data = "Yildirim & Cole's set; training = the rest <not redistributed>";
		Path f = dir.resolve(ModelCard.FILE);
		c.write(f);
		String json = Files.readString(f);
		assertTrue(json.contains("Yildirim & Cole's set; training = the rest <not redistributed>"), json);
		assertEquals(c.training.data, ModelCard.read(f).training.data);
	}

	@Test
	void cardsWrittenBeforeTheUpsamplingFieldReadAsNearest(@TempDir Path dir) throws Exception {
		Path f = dir.resolve(ModelCard.FILE);
		new ModelCard().write(f);
		Files.writeString(f, Files.readString(f).replaceAll(",\\s*\"decodeUpsampling\": \"nearest\"", ""));
		assertTrue(!Files.readString(f).contains("decodeUpsampling"));
		ModelCard c = ModelCard.read(f);
		assertEquals("nearest", c.widths.decodeUpsampling);
		assertEquals(false, CardConfigs.decode(c).bilinear());
		c.widths.decodeUpsampling = "bilinear";
		assertEquals(true, CardConfigs.decode(c).bilinear());
	}

	@Test
	void unknownUpsamplingIsNamed() {
		ModelCard c = TestBundles.card(1, 2, 64);
		assertEquals(List.of(), CardValidator.problems(c));
		c.widths.decodeUpsampling = "bicubic";
		assertEquals(List.of("widths.decodeUpsampling must be 'nearest' or 'bilinear', not bicubic"),
			CardValidator.problems(c));
	}

	@Test
	void textureTuningIsOptionalAndBounded(@TempDir Path dir) throws Exception {
		ModelCard c = TestBundles.card(1, 2, 64);
		Path f = dir.resolve(ModelCard.FILE);
		c.write(f);
		assertTrue(!Files.readString(f).contains("\"texture\""), "a card without tuning writes none");
		assertEquals(null, ModelCard.read(f).texture);
		c.texture = new ModelCard.Texture();
		c.texture.guideSigma = 2.0;
		c.write(f);
		ModelCard back = ModelCard.read(f);
		assertEquals(2.0, back.texture.guideSigma);
		assertEquals(null, back.texture.guideWeight);
		assertEquals(List.of(), CardValidator.problems(back));
		back.texture.guideWeight = Double.NaN;
		back.texture.guideSigma = -1.0;
		assertEquals(List.of("texture.guideWeight must be between 0 and 10, not NaN",
			"texture.guideSigma must be between 0 and 32 pixels, not -1.0"), CardValidator.problems(back));
	}
}
