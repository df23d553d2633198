package org.vfit.fit.tension;

import org.vfit.fit.analysis.ProgressListener;

/** Told what a tension run is doing; the command line prints it, scripts pass {@link #NONE}. */
public interface TensionProgress {

  /** Says nothing. */
  TensionProgress NONE =
      new TensionProgress() {
        @Override
        public void step(String what) {}

        @Override
        public ProgressListener scan(String what) {
          return ProgressListener.NONE;
        }
      };

  /** A new stage begins. */
  void step(String what);

  /** A listener for the points of one scan or of the toys. */
  ProgressListener scan(String what);
}
