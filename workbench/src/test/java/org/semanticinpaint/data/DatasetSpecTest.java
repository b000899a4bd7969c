package org.semanticinpaint.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A boundary band is made from instance IDs, so only instance-ID labels may ask for one. */
class DatasetSpecTest {

	private static final List<DatasetSpec.ClassInfo> CLASSES = List.of(new DatasetSpec.ClassInfo("a", 0, 0, 0),
		new DatasetSpec.ClassInfo("b", 1, 1, 1), new DatasetSpec.ClassInfo("c", 2, 2, 2));

	@Test
	void onlyInstanceLabelsHaveABoundaryBand() {
		assertEquals(3, spec(DatasetSpec.LabelKind.INSTANCE_IDS, 3).boundaryWidth());
		assertEquals(0, spec(DatasetSpec.LabelKind.CLASS_IDS, 0).boundaryWidth());
		assertThrows(IllegalArgumentException.class, () -> spec(DatasetSpec.LabelKind.CLASS_IDS, 3));
		assertThrows(IllegalArgumentException.class, () -> spec(DatasetSpec.LabelKind.INSTANCE_IDS, -1));
		assertEquals(0, DatasetSpec.folder("mine", 1, CLASSES).boundaryWidth());
	}

	private static DatasetSpec spec(DatasetSpec.LabelKind kind, int band) {
		return new DatasetSpec("t", new DatasetSpec.About("test", "none", "none"), 1, CLASSES,
			new DatasetSpec.LabelFormat(kind, band, -1), false);
	}
}
