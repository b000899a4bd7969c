package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
