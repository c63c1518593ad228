package dk.radhus.strategy.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.strategy.Department;

/** Departments: reference data maintained by admin. */
@ApplicationScoped
public class DepartmentService {

    private final Audit audit;

    public DepartmentService(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    public Department create(String code, String name, Boolean active, String actor) {
        if (Department.findByIdOptional(code).isPresent()) {
            throw ProblemException.conflict("Afdelingen " + code + " findes allerede.");
        }
        Department department = new Department();
        department.code = code;
        apply(department, name, active);
        department.persist();
        audit.record("department.created", "Department", department.code, null, AuditValues.department(department));
        return department;
    }

    /** Renames or (de)activates a department; without {@code active} it is active. */
    @Transactional
    public Department update(String code, String name, Boolean active, String actor) {
        Department department = Department.<Department>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Afdelingen " + code + " findes ikke."));
        Map<String, Object> before = AuditValues.department(department);
        apply(department, name, active);
        audit.record("department.updated", "Department", code, before, AuditValues.department(department));
        return department;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> all() {
        return Department.listByCode();
    }

    private static void apply(Department department, String name, Boolean active) {
        department.name = name.strip();
        department.active = active == null || active;
    }
}
