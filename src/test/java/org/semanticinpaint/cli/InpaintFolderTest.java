package org.semanticinpaint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.ij.batch.FolderJob;
import org.semanticinpaint.ij.batch.Shard;

/** Command-line options: the new ones parsed, bad values refused with what is allowed (exit code 2 in main). */
class InpaintFolderTest {

	@Test
	void parsesLabelsOverwriteAndShard() {
		FolderJob.Options o = InpaintFolder.options(Map.of("input", "in", "output", "out", "labels", "lab",
			"overwrite", "true", "shard", "2/5"));
		assertEquals("lab", o.folders().labels().toString());
		assertTrue(o.overwrite());
		assertEquals(new Shard(2, 5), o.shard());
		assertEquals(Shard.ALL, InpaintFolder.options(Map.of("input", "in", "output", "out")).shard());
	}

	@Test
	void badValuesAreRefused() {
		for (Map<String, String> bad : new Map[] { Map.of("input", "in"), Map.of("input", "in", "output", "out",
			"shard", "3/2"), Map.of("input", "in", "output", "out", "planes", "some"), Map.of("input", "in", "output",
				"out", "hole-value", "zero"), Map.of("input", "in", "output", "out", "overwrite", "yes") })
			assertThrows(IllegalArgumentException.class, () -> InpaintFolder.options(bad), bad.toString());
	}

	@Test
	void theUsageNamesTheExitCodes() {
		assertTrue(InpaintFolder.USAGE.contains("0 all done, 1 some images skipped, 2 bad arguments, 3 stopped"));
	}
}
