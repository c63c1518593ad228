package dk.radhus.strategy.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.problem.ProblemException;
import dk.radhus.strategy.Department;

/** Departments: reference data maintained by admin. */
@ApplicationScoped
public class DepartmentService {

    private final AuditLog audit;

    public DepartmentService(AuditLog audit) {
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
        audit.record(actor, "CREATE", "Department", department.code, department.name);
        return department;
    }

    /** Renames or (de)activates a department; without {@code active} it is active. */
    @Transactional
    public Department update(String code, String name, Boolean active, String actor) {
        Department department = Department.<Department>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Afdelingen " + code + " findes ikke."));
        apply(department, name, active);
        audit.record(actor, "UPDATE", "Department", code, department.name + (department.active ? "" : " (inaktiv)"));
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
