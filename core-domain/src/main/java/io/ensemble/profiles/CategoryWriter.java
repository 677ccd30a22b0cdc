package io.ensemble.profiles;

/** Persistence port that extends the managed category list (issue 5 §1 "admins can add more later"). */
public interface CategoryWriter {
    /** @return whether the category was added; false when its slug already exists */
    boolean add(Category category);
}
