import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes, useNavigate } from 'react-router';
import { KINDS, COLLECTION } from '../../api/kinds.ts';
import { hasRole, useSession } from '../../api/session.tsx';

const Dashboard = lazy(() => import('./dashboard.tsx'));
const RecordList = lazy(() => import('./record-list.tsx'));
const RecordEditor = lazy(() => import('./record-editor.tsx'));
const VisitList = lazy(() => import('./visit-list.tsx'));
const VisitPlanner = lazy(() => import('./visit-planner.tsx'));
const VisitProgramme = lazy(() => import('./visit-programme.tsx'));
const Users = lazy(() => import('./users.tsx'));
const Health = lazy(() => import('./office/health.tsx'));
const Calendar = lazy(() => import('./office/calendar.tsx'));
const Tasks = lazy(() => import('./office/tasks.tsx'));
const NewTask = lazy(() => import('./office/tasks.tsx').then((m) => ({ default: m.NewTaskPage })));
const Liaison = lazy(() => import('./office/liaison.tsx'));
const Reports = lazy(() => import('./office/reports.tsx'));
const Settings = lazy(() => import('./office/settings.tsx'));
const Duplicates = lazy(() => import('./duplicates.tsx'));
const AddPartner = lazy(() => import('./flows/add-partner.tsx'));
const RecordSigning = lazy(() => import('./flows/record-signing.tsx'));

/** The staff's side of the app: the dashboard, the records, the visit planner and the accounts. */
export default function Workspace() {
  const { t } = useTranslation();
  const { me, logout } = useSession();
  const navigate = useNavigate();
  return (
    <div className="workspace">
      <nav aria-label={t('staff.nav')} className="side-nav no-print">
        <p className="muted">{t('staff.signedInAs', { email: me?.user?.email, role: t(`role.${me?.user?.role ?? 'viewer'}`) })}</p>
        <ul>
          <li>
            <NavLink to="/staff" end>
              {t('staff.dashboard')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/staff/visits">{t('staff.visits')}</NavLink>
          </li>
          <li>
            <NavLink to="/staff/health">{t('office.nav.health')}</NavLink>
          </li>
          <li>
            <NavLink to="/staff/calendar">{t('office.nav.calendar')}</NavLink>
          </li>
          <li>
            <NavLink to="/staff/tasks">{t('office.nav.tasks')}</NavLink>
          </li>
          <li>
            <NavLink to="/staff/liaison">{t('office.nav.liaison')}</NavLink>
          </li>
          <li>
            <NavLink to="/staff/reports">{t('office.nav.reports')}</NavLink>
          </li>
          {KINDS.map((kind) => (
            <li key={kind}>
              <NavLink to={`/staff/records/${COLLECTION[kind]}`}>{t(`kinds.${kind}`)}</NavLink>
            </li>
          ))}
          {hasRole(me, 'editor') ? (
            <li>
              <NavLink to="/staff/add-partner">{t('flows.nav')}</NavLink>
            </li>
          ) : null}
          {hasRole(me, 'editor') ? (
            <li>
              <NavLink to="/staff/record-signing">{t('signing.nav')}</NavLink>
            </li>
          ) : null}
          {hasRole(me, 'editor') ? (
            <li>
              <NavLink to="/staff/duplicates">{t('duplicates.nav')}</NavLink>
            </li>
          ) : null}
          {hasRole(me, 'admin') ? (
            <li>
              <NavLink to="/staff/users">{t('staff.users')}</NavLink>
            </li>
          ) : null}
          {hasRole(me, 'admin') ? (
            <li>
              <NavLink to="/staff/settings">{t('office.nav.settings')}</NavLink>
            </li>
          ) : null}
        </ul>
        <button type="button" onClick={() => void logout().then(() => navigate('/'))}>
          {t('auth.logout')}
        </button>
      </nav>
      <div className="workspace-main">
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <Routes>
            <Route index element={<Dashboard />} />
            <Route path="records/:collection" element={<RecordList />} />
            <Route path="records/:collection/new" element={<RecordEditor />} />
            <Route path="records/:collection/:id" element={<RecordEditor />} />
            <Route path="visits" element={<VisitList />} />
            <Route path="visits/new" element={<VisitPlanner />} />
            <Route path="visits/:id" element={<VisitPlanner />} />
            <Route path="visits/:id/programme" element={<VisitProgramme />} />
            <Route path="users" element={<Users />} />
            <Route path="health" element={<Health />} />
            <Route path="calendar" element={<Calendar />} />
            <Route path="tasks" element={<Tasks />} />
            <Route path="tasks/new" element={<NewTask />} />
            <Route path="liaison" element={<Liaison />} />
            <Route path="reports" element={<Reports />} />
            <Route path="settings" element={<Settings />} />
            <Route path="duplicates" element={<Duplicates />} />
            <Route path="add-partner" element={<AddPartner />} />
            <Route path="record-signing" element={<RecordSigning />} />
          </Routes>
        </Suspense>
      </div>
    </div>
  );
}
