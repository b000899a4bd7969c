package org.semanticinpaint.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

	@Test
	void rendersAGithubTable() {
		assertEquals("""
			| Method | PSNR (dB) | SSIM |
			| --- | ---: | ---: |
			| Telea | 21.46 | 0.8123 |
			| stage 2 \\| "GT", no ESPA | -inf | n/a |
			| true image | inf | 1.0000 |
			""", MarkdownTable.render(TestTables.awkward(), new int[] { 2, 4 }));
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
