package org.semanticinpaint.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

	private static ResultTable table() {
		return new ResultTable("Method", "PSNR (dB)", "SSIM")
			.addRow("Telea", 21.456, 0.81234)
			.addRow("stage 1 | no ESPA", Double.POSITIVE_INFINITY, Double.NaN);
	}

	@Test
	void rendersAGithubTable() {
		assertEquals("""
			| Method | PSNR (dB) | SSIM |
			| --- | ---: | ---: |
			| Telea | 21.46 | 0.8123 |
			| stage 1 \\| no ESPA | inf | n/a |
			""", MarkdownTable.render(table(), new int[] { 2, 4 }));
	}

	@Test
	void sameDecimalsEverywhereAndNoLocaleCommas() {
		Locale saved = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
		try {
			String md = MarkdownTable.render(new ResultTable("m", "a", "b").addRow("x", 1.5, -0.25), 1);
			assertEquals("| m | a | b |\n| --- | ---: | ---: |\n| x | 1.5 | -0.3 |\n", md);
		}
		finally {
			Locale.setDefault(saved);
		}
	}
}
