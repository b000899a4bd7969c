package org.semanticinpaint.engine;

/** The class the person wants at an image pixel (the edited label layer); consulted only inside windows. */
@FunctionalInterface
public interface LabelSource {

	int classAt(int x, int y);
}
