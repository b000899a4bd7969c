package org.semanticinpaint.eval.report;

/** The table the writers' tests render: a name with a pipe, quotes and a comma; both infinities and NaN. */
final class TestTables {

	private TestTables() {}

	static ResultTable awkward() {
		return new ResultTable("Method", "PSNR (dB)", "SSIM")
			.addRow("Telea", 21.456, 0.81234)
			.addRow("stage 2 | \"GT\", no ESPA", Double.NEGATIVE_INFINITY, Double.NaN)
			.addRow("true image", Double.POSITIVE_INFINITY, 1);
	}
}
