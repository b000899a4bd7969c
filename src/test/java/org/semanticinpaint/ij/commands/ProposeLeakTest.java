package org.semanticinpaint.ij.commands;

import static org.junit.jupiter.api.Assertions.assertTrue;



import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticinpaint.ij.TestModel;
import org.semanticinpaint.ij.session.Sessions;

/**
 * A batch macro that runs Propose image after image keeps a flat heap: each session lives as long as its label
 * image, which the macro closes. 100 Proposes on 1024 x 1024 16-bit images (about 10 MB each leaked before).
 */
class ProposeLeakTest {

	static final int PROPOSES = 100;
	static final long LIMIT = 100L << 20;

	@BeforeAll
	static void setUp() throws Exception {
		HeadlessMenus.installForMacros();
	}

	@AfterAll
	static void tearDown() {
		HeadlessMenus.batchModeOff();
	}

	@Test
	void aHundredProposesInABatchMacroKeepTheHeapFlat() throws Exception {
		String model = TestModel.gray().toString();
		String one = "newImage('m', '16-bit ramp', 1024, 1024, 1); makeOval(400, 400, 120, 100);" +
			"run('Propose...', 'model=[" + model + "] mask=selection'); close('*');";
		HeadlessCommandsTest.macro(one); // the engine and ImageJ's classes are loaded before the baseline
		long before = usedAfterGc();
		long t0 = System.nanoTime();
		HeadlessCommandsTest.macro("for (i = 0; i < " + PROPOSES + "; i++) {" + one + "}");
		double seconds = (System.nanoTime() - t0) / 1e9;
		long growth = usedAfterGc() - before;
		System.out.printf("%d Proposes on 1024 x 1024 16-bit in a batch macro: %.1f s, heap growth %.1f MB, " +
			"open sessions %d%n", PROPOSES, seconds, growth / 1e6, Sessions.count());
		assertTrue(growth < LIMIT, "heap grew by " + growth / 1e6 + " MB");
		assertTrue(Sessions.count() <= 1, "sessions left: " + Sessions.count());
	}

	static long usedAfterGc() throws InterruptedException {
		Runtime r = Runtime.getRuntime();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(50);
			used = Math.min(used, r.totalMemory() - r.freeMemory());
		}
		return used;
	}
}
