package org.semanticinpaint.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

	@Test
	void formatsHeaderRowsAndQuotes() {
		assertEquals("""
			Method,PSNR (dB),SSIM
			Telea,21.456,0.81234
			"stage 2 | ""GT"", no ESPA",-inf,
			true image,inf,1.0
			""", CsvWriter.toCsv(TestTables.awkward()));
	}

	@Test
	void writesTheSameTextToAFile(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("sub/results.csv");
		CsvWriter.write(TestTables.awkward(), file);
		assertEquals(CsvWriter.toCsv(TestTables.awkward()), Files.readString(file));
	}
}
