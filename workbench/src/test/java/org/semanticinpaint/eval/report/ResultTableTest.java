package org.semanticinpaint.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResultTableTest {

	@Test
	void rowsKeepTheirValuesAndNeedOnePerColumn() {
		double[] v = { 1, 2 };
		ResultTable t = new ResultTable("Method", "PSNR", "SSIM").addRow("a", v);
		v[0] = 99;
		assertEquals(1.0, t.rows().get(0).values()[0]);
		assertThrows(IllegalArgumentException.class, () -> t.addRow("b", 1));
	}
}
