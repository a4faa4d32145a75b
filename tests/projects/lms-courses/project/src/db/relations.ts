import { defineRelations } from "drizzle-orm";
import * as courses from "../courses/courses.schema";
import * as enrollments from "../enrollments/enrollments.schema";
import * as users from "../users/users.schema";

export const relations = defineRelations({ ...users, ...courses, ...enrollments }, (r) => ({
  users: { courses: r.many.courses(), enrollments: r.many.enrollments() },
  courses: {
    instructor: r.one.users({ from: r.courses.instructorId, to: r.users.id }),
    modules: r.many.modules(),
  },
  modules: {
    course: r.one.courses({ from: r.modules.courseId, to: r.courses.id }),
    lessons: r.many.lessons(),
  },
  lessons: { module: r.one.modules({ from: r.lessons.moduleId, to: r.modules.id }) },
  enrollments: {
    user: r.one.users({ from: r.enrollments.userId, to: r.users.id }),
    course: r.one.courses({ from: r.enrollments.courseId, to: r.courses.id }),
  },
}));
