package org.semanticinpaint.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

	private static ResultTable table() {
		return new ResultTable("method", "psnr", "ssim")
			.addRow("Telea", 21.456, 0.8)
			.addRow("stage 2, \"GT\" labels", Double.NEGATIVE_INFINITY, Double.NaN);
	}

	@Test
	void formatsHeaderRowsAndQuotes() {
		assertEquals("""
			method,psnr,ssim
			Telea,21.456,0.8
			"stage 2, ""GT"" labels",-inf,
			""", CsvWriter.toCsv(table()));
	}

	@Test
	void writesTheSameTextToAFile(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("sub/results.csv");
		CsvWriter.write(table(), file);
		assertEquals(CsvWriter.toCsv(table()), Files.readString(file));
	}
}
